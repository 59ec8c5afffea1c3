using System.Text.Json;

namespace ClaimTracker.Extraction;

/// <summary>
/// Writes claims in the evaluation contract's JSON shape:
/// <c>{"claims":[{"text","start","end","segments":[[s,e]],"kind","cue",...}]}</c>.
/// </summary>
public static class ClaimJsonWriter
{
    // A writer over a stream buffers everything until flushed; flushing at this size keeps a large output from
    // being held whole in memory.
    private const int FlushThreshold = 64 * 1024;

    public static void Write(Utf8JsonWriter writer, IEnumerable<ExtractedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        WriteStart(writer);
        foreach (var claim in claims)
        {
            WriteClaim(writer, claim);
        }

        WriteEnd(writer);
    }

    /// <summary>Opens the document; follow with <see cref="WriteClaim"/> per claim and <see cref="WriteEnd"/>.</summary>
    public static void WriteStart(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartArray("claims");
    }

    public static void WriteEnd(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes one claim, passing the buffered output on to the writer's stream once it grows past 64 KiB.</summary>
    public static void WriteClaim(Utf8JsonWriter writer, ExtractedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claim);
        WriteClaimObject(writer, claim);
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
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

    private static void WriteClaimObject(Utf8JsonWriter writer, ExtractedClaim claim)
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
