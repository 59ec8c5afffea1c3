# syntax=docker/dockerfile:1
# ClaimTracker web app, with the claimtracker CLI beside it in /app/cli.
#   docker build -t claimtracker .
#   docker compose up --build        (with SQL Server; see docs/operations.md)

# ---- build ----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the build and package files only, so this layer is reused
# until a project file or a package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ClaimTracker.Extraction/ClaimTracker.Extraction.csproj src/ClaimTracker.Extraction/
COPY src/ClaimTracker.Core/ClaimTracker.Core.csproj src/ClaimTracker.Core/
COPY src/ClaimTracker.Web/ClaimTracker.Web.csproj src/ClaimTracker.Web/
COPY src/ClaimTracker.Cli/ClaimTracker.Cli.csproj src/ClaimTracker.Cli/
RUN dotnet restore src/ClaimTracker.Web/ClaimTracker.Web.csproj \
 && dotnet restore src/ClaimTracker.Cli/ClaimTracker.Cli.csproj

# Then the sources (the web project also packs seeds/ into its output).
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/ClaimTracker.Web/ClaimTracker.Web.csproj -c Release --no-restore -o /app -p:UseAppHost=false \
 && dotnet publish src/ClaimTracker.Cli/ClaimTracker.Cli.csproj -c Release --no-restore -o /app/cli -p:UseAppHost=false

# ---- runtime --------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# Where the default SQLite database goes for the non-root user (~/.local/share/ClaimTracker),
# created here so a volume mounted on it is writable by that user. Unused with SQL Server.
RUN mkdir -p /home/app/.local/share/ClaimTracker \
 && chown -R "$APP_UID:$APP_UID" /home/app/.local

COPY --from=build /app ./

ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080

# The image has no curl/wget; docker-compose.yml checks /healthz instead.
USER $APP_UID
ENTRYPOINT ["dotnet", "ClaimTracker.Web.dll"]
