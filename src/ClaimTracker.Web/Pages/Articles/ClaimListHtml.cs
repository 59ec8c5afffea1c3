using System.Text.Encodings.Web;
using ClaimTracker.Core.Domain;
using ClaimTracker.Web.Infrastructure;
using Humanizer;

namespace ClaimTracker.Web.Pages.Articles;

/// <summary>
/// The review page's list of claims, rendered once per version of the article's claims (it is most of the page's
/// markup) and kept with them; the selected claim's panel is written inside its item when the page is shown.
/// </summary>
public static class ClaimListHtml
{
    public static SelectableHtml Render(IReadOnlyList<DetailsModel.ClaimRow> claims, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var html = new SelectableHtml.Builder(encoder, claims.Count * 600);
        foreach (var c in claims)
        {
            var status = c.ContestedStatus != ContestedStatus.Uncontested ? c.ContestedStatus.Humanize() : c.Reviewed ? "Reviewed" : "Open";
            html.Raw("<li id=\"claim-").Raw(c.Ordinal).Raw("\" data-claim=\"").Raw(c.Ordinal).Raw("\" class=\"claim-item border-bottom py-2").ClassEnd(c.Ordinal).Raw("\">")
                .Raw("<a class=\"claim-link\" href=\"?claim=").Raw(c.Ordinal).Raw("#claim-").Raw(c.Ordinal).Raw("\">")
                .Raw("<span class=\"small text-muted\">#").Raw(c.Ordinal).Raw(" · ").Text(c.Kind.Humanize()).Raw(" · ").Text(c.SourcingType.Humanize()).Raw("</span> ")
                .Raw("<span class=\"chip ").Raw(ArticleHighlighter.StatusClass(c.ContestedStatus, c.Reviewed)).Raw("\">").Text(status).Raw("</span> ");
            if (c.Rating != Rating.Unrated)
            {
                html.Raw("<span class=\"chip rating\">").Text(c.Rating.Humanize()).Raw("</span> ");
            }

            html.Raw("<span class=\"d-block claim-text\">").Text(c.Text).Raw("</span></a>");
            if (c.Kind != ClaimKind.Unattributed)
            {
                html.Raw("<div class=\"small\"><strong>").Text(c.SourceName ?? c.SourceMention).Raw("</strong>")
                    .Text(c.SpeakerRole is null ? null : $", {c.SpeakerRole}")
                    .Raw(" <span class=\"text-muted\">— ").Text(c.Cue).Raw("</span></div>");
            }

            html.ContentPlace(c.Ordinal).Raw("</li>\n");
        }

        return html.Build();
    }
}
