// Progressive enhancement only: every form works without this file.

// "Copy link" buttons: data-copy names the input whose value goes to the clipboard; the text stays selectable anyway.
document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
    if (!button) {
        return;
    }

    const field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
        return;
    }

    field.select();
    const label = button.textContent;
    try {
        await navigator.clipboard.writeText(field.value);
        button.textContent = 'Copied';
    } catch {
        button.textContent = 'Press Ctrl+C to copy';
    }

    setTimeout(() => { button.textContent = label; }, 2000);
});
