using System.Text.Json;

namespace ClaimTracker.Extraction;

/// <summary>
/// Writes claims in the evaluation contract's JSON shape:
/// <c>{"claims":[{"text","start","end","segments":[[s,e]],"kind","cue",...}]}</c>.
/// </summary>
public static class ClaimJsonWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ExtractedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claims);
        writer.WriteStartObject();
        writer.WriteStartArray("claims");
        foreach (var claim in claims)
        {
            WriteClaim(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Direct => "direct",
        ClaimKind.Indirect => "indirect",
        ClaimKind.Mixed => "mixed",
        _ => "unattributed",
    };

    public static string SourceKindName(SourceKind kind) => kind switch
    {
        SourceKind.Person => "person",
        SourceKind.OfficialBody => "official body",
        SourceKind.Organization => "organization",
        SourceKind.MediaReport => "media report",
        SourceKind.Anonymous => "anonymous",
        _ => "document",
    };

    private static void WriteClaim(Utf8JsonWriter writer, ExtractedClaim claim)
    {
        writer.WriteStartObject();
        writer.WriteString("text", claim.Text);
        writer.WriteNumber("start", claim.Span.Start);
        writer.WriteNumber("end", claim.Span.End);
        writer.WriteStartArray("segments");
        foreach (var segment in claim.Segments)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(segment.Start);
            writer.WriteNumberValue(segment.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteString("kind", KindName(claim.Kind));
        WriteNullable(writer, "cue", claim.Cue);
        WriteNullable(writer, "cueStart", claim.CueSpan?.Start);
        WriteNullable(writer, "cueEnd", claim.CueSpan?.End);
        WriteNullable(writer, "source", claim.Source);
        WriteNullable(writer, "sourceStart", claim.SourceSpan?.Start);
        WriteNullable(writer, "sourceEnd", claim.SourceSpan?.End);
        WriteNullable(writer, "speaker", claim.Speaker);
        WriteNullable(writer, "speakerRole", claim.SpeakerRole);
        WriteNullable(writer, "speakerAffiliation", claim.SpeakerAffiliation);
        WriteNullable(writer, "sourceKind", claim.SourceKind is { } kind ? SourceKindName(kind) : null);
        writer.WriteStartArray("hedges");
        foreach (var hedge in claim.Hedges)
        {
            writer.WriteStringValue(hedge);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("answers");
        foreach (var answer in claim.Answers)
        {
            writer.WriteNumberValue(answer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
