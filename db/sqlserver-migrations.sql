IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [IsDisabled] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NULL,
        [At] datetime2 NOT NULL,
        [EntityType] nvarchar(64) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [Field] nvarchar(64) NOT NULL,
        [OldValue] nvarchar(max) NULL,
        [NewValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [Sources] (
        [Id] int NOT NULL IDENTITY,
        [CanonicalName] nvarchar(300) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Affiliation] nvarchar(300) NULL,
        [Aliases] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Sources] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [Articles] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(500) NOT NULL,
        [Outlet] nvarchar(200) NULL,
        [Byline] nvarchar(300) NULL,
        [OriginalUrl] nvarchar(2048) NULL,
        [PublishedAt] datetime2 NULL,
        [Language] nvarchar(16) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [ContentHash] char(64) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [AssignedReviewerId] nvarchar(450) NULL,
        [SignedOffById] nvarchar(450) NULL,
        [SignedOffAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] nvarchar(450) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Articles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Articles_AspNetUsers_AssignedReviewerId] FOREIGN KEY ([AssignedReviewerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Articles_AspNetUsers_CreatedById] FOREIGN KEY ([CreatedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Articles_AspNetUsers_SignedOffById] FOREIGN KEY ([SignedOffById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [Claims] (
        [Id] int NOT NULL IDENTITY,
        [ArticleId] int NOT NULL,
        [Ordinal] int NOT NULL,
        [Start] int NOT NULL,
        [End] int NOT NULL,
        [Segments] varchar(4000) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Cue] nvarchar(200) NULL,
        [CueStart] int NULL,
        [CueEnd] int NULL,
        [SourceMention] nvarchar(500) NULL,
        [SourceMentionStart] int NULL,
        [SourceMentionEnd] int NULL,
        [SpeakerRole] nvarchar(300) NULL,
        [SourceId] int NULL,
        [Hedges] nvarchar(max) NOT NULL,
        [Origin] nvarchar(32) NOT NULL,
        [SourcingType] nvarchar(32) NOT NULL,
        [AnonymityReason] nvarchar(1000) NULL,
        [ContestedStatus] nvarchar(32) NOT NULL,
        [ContestedBySourceId] int NULL,
        [Rating] nvarchar(32) NOT NULL,
        [ReviewerNotes] nvarchar(max) NULL,
        [ReviewedById] nvarchar(450) NULL,
        [ReviewedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Claims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Claims_Articles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [Articles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Claims_AspNetUsers_ReviewedById] FOREIGN KEY ([ReviewedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Claims_Sources_ContestedBySourceId] FOREIGN KEY ([ContestedBySourceId]) REFERENCES [Sources] ([Id]),
        CONSTRAINT [FK_Claims_Sources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [Sources] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [ClaimRelations] (
        [Id] int NOT NULL IDENTITY,
        [FromClaimId] int NOT NULL,
        [ToClaimId] int NOT NULL,
        [Type] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_ClaimRelations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ClaimRelations_Claims_FromClaimId] FOREIGN KEY ([FromClaimId]) REFERENCES [Claims] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ClaimRelations_Claims_ToClaimId] FOREIGN KEY ([ToClaimId]) REFERENCES [Claims] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE TABLE [CorroboratingLinks] (
        [Id] int NOT NULL IDENTITY,
        [ClaimId] int NOT NULL,
        [Url] nvarchar(2048) NOT NULL,
        [Title] nvarchar(500) NULL,
        [Publisher] nvarchar(200) NULL,
        [Stance] nvarchar(32) NOT NULL,
        [AccessedAt] datetime2 NULL,
        [Note] nvarchar(4000) NULL,
        [AddedById] nvarchar(450) NULL,
        [AddedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CorroboratingLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CorroboratingLinks_AspNetUsers_AddedById] FOREIGN KEY ([AddedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CorroboratingLinks_Claims_ClaimId] FOREIGN KEY ([ClaimId]) REFERENCES [Claims] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] ON;
    EXEC(N'INSERT INTO [AspNetRoles] ([Id], [ConcurrencyStamp], [Name], [NormalizedName])
    VALUES (N''7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a01'', N''7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a01'', N''Reviewer'', N''REVIEWER''),
    (N''7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a02'', N''7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a02'', N''Editor'', N''EDITOR''),
    (N''7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a03'', N''7d1a3c2e-5b0f-4f7e-9a51-1f0c2b6e9a03'', N''Admin'', N''ADMIN'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ConcurrencyStamp', N'Name', N'NormalizedName') AND [object_id] = OBJECT_ID(N'[AspNetRoles]'))
        SET IDENTITY_INSERT [AspNetRoles] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_AssignedReviewerId] ON [Articles] ([AssignedReviewerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Articles_ContentHash] ON [Articles] ([ContentHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_CreatedAt] ON [Articles] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_CreatedById] ON [Articles] ([CreatedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_Outlet] ON [Articles] ([Outlet]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_PublishedAt] ON [Articles] ([PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_SignedOffById] ON [Articles] ([SignedOffById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_CreatedAt] ON [Articles] ([Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId_At] ON [AuditEntries] ([EntityType], [EntityId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ClaimRelations_FromClaimId_ToClaimId_Type] ON [ClaimRelations] ([FromClaimId], [ToClaimId], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_ClaimRelations_ToClaimId] ON [ClaimRelations] ([ToClaimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Claims_ArticleId_Ordinal] ON [Claims] ([ArticleId], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Claims_ContestedBySourceId] ON [Claims] ([ContestedBySourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Claims_ContestedStatus_ArticleId] ON [Claims] ([ContestedStatus], [ArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Claims_ReviewedById] ON [Claims] ([ReviewedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Claims_SourceId] ON [Claims] ([SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_CorroboratingLinks_AddedById] ON [CorroboratingLinks] ([AddedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_CorroboratingLinks_ClaimId] ON [CorroboratingLinks] ([ClaimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    CREATE INDEX [IX_Sources_CanonicalName_Kind] ON [Sources] ([CanonicalName], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125101927_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125101927_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125102933_PublishedReportsAndAuditArticle'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [ArticleId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125102933_PublishedReportsAndAuditArticle'
)
BEGIN
    CREATE TABLE [PublishedReports] (
        [Id] int NOT NULL IDENTITY,
        [ArticleId] int NOT NULL,
        [Number] int NOT NULL,
        [PublishedAt] datetime2 NOT NULL,
        [PublishedById] nvarchar(450) NULL,
        [CorrectionsNote] nvarchar(4000) NULL,
        [Snapshot] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_PublishedReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PublishedReports_Articles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [Articles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PublishedReports_AspNetUsers_PublishedById] FOREIGN KEY ([PublishedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125102933_PublishedReportsAndAuditArticle'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_ArticleId_At] ON [AuditEntries] ([ArticleId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125102933_PublishedReportsAndAuditArticle'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PublishedReports_ArticleId_Number] ON [PublishedReports] ([ArticleId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125102933_PublishedReportsAndAuditArticle'
)
BEGIN
    CREATE INDEX [IX_PublishedReports_PublishedById] ON [PublishedReports] ([PublishedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125102933_PublishedReportsAndAuditArticle'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125102933_PublishedReportsAndAuditArticle', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125104608_FullTextSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125104608_FullTextSearch', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125120422_ArticleListDateIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125120422_ArticleListDateIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125133919_ArticleClaimsVersion'
)
BEGIN
    ALTER TABLE [Articles] ADD [ClaimsVersion] uniqueidentifier NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125133919_ArticleClaimsVersion'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125133919_ArticleClaimsVersion', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203040618_SearchVersion'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203040618_SearchVersion', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204050308_PublicReports'
)
BEGIN
    ALTER TABLE [PublishedReports] ADD [Slug] nvarchar(80) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204050308_PublicReports'
)
BEGIN
    ALTER TABLE [PublishedReports] ADD [WithdrawalNote] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204050308_PublicReports'
)
BEGIN
    ALTER TABLE [PublishedReports] ADD [WithdrawnAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204050308_PublicReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204050308_PublicReports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE TABLE [FactCheckImports] (
        [Id] int NOT NULL IDENTITY,
        [SourceName] nvarchar(2048) NOT NULL,
        [Format] nvarchar(32) NOT NULL,
        [ImportedAt] datetime2 NOT NULL,
        [ImportedById] nvarchar(450) NULL,
        [Added] int NOT NULL,
        [Duplicates] int NOT NULL,
        [Skipped] int NOT NULL,
        CONSTRAINT [PK_FactCheckImports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FactCheckImports_AspNetUsers_ImportedById] FOREIGN KEY ([ImportedById]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE TABLE [FactChecks] (
        [Id] int NOT NULL IDENTITY,
        [ClaimReviewed] nvarchar(2000) NOT NULL,
        [CheckedBy] nvarchar(300) NOT NULL,
        [CheckedByUrl] nvarchar(2048) NULL,
        [Claimant] nvarchar(300) NULL,
        [RatingText] nvarchar(300) NULL,
        [RatingValue] float NULL,
        [BestRating] float NULL,
        [WorstRating] float NULL,
        [CheckedOn] datetime2 NULL,
        [Url] nvarchar(2048) NOT NULL,
        [Origin] nvarchar(32) NOT NULL,
        [ImportId] int NULL,
        [PublishedReportId] int NULL,
        [ArticleId] int NULL,
        [ClaimId] int NULL,
        [DedupKey] varchar(64) NOT NULL,
        [AddedAt] datetime2 NOT NULL,
        [Vector] varbinary(400) NULL,
        [VectorModel] varchar(100) NULL,
        CONSTRAINT [PK_FactChecks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FactChecks_FactCheckImports_ImportId] FOREIGN KEY ([ImportId]) REFERENCES [FactCheckImports] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FactChecks_PublishedReports_PublishedReportId] FOREIGN KEY ([PublishedReportId]) REFERENCES [PublishedReports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactCheckImports_ImportedById] ON [FactCheckImports] ([ImportedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_ArticleId] ON [FactChecks] ([ArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_CheckedBy] ON [FactChecks] ([CheckedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_ClaimId] ON [FactChecks] ([ClaimId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FactChecks_DedupKey] ON [FactChecks] ([DedupKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_ImportId] ON [FactChecks] ([ImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_Origin_CheckedOn] ON [FactChecks] ([Origin], [CheckedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_PublishedReportId] ON [FactChecks] ([PublishedReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    CREATE INDEX [IX_FactChecks_VectorModel] ON [FactChecks] ([VectorModel]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204053300_FactCheckLibrary'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204053300_FactCheckLibrary', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204072904_ClaimVectors'
)
BEGIN
    CREATE TABLE [ClaimVectors] (
        [ClaimId] int NOT NULL,
        [ModelId] nvarchar(100) NOT NULL,
        [Vector] varbinary(1040) NOT NULL,
        [ComputedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ClaimVectors] PRIMARY KEY ([ClaimId]),
        CONSTRAINT [FK_ClaimVectors_Claims_ClaimId] FOREIGN KEY ([ClaimId]) REFERENCES [Claims] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204072904_ClaimVectors'
)
BEGIN
    CREATE INDEX [IX_ClaimVectors_ModelId] ON [ClaimVectors] ([ModelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204072904_ClaimVectors'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204072904_ClaimVectors', N'10.0.15');
END;

COMMIT;
GO

