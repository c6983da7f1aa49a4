// The copy-link buttons of /report/. The report page is plain HTML (no framework JavaScript);
// this small script shows the buttons where the browser offers a clipboard, and copies the
// paragraph's address (on the public site when the page names it in data-public-origin).
const origin = document.querySelector('[data-public-origin]')?.getAttribute('data-public-origin');
if (navigator.clipboard?.writeText) {
	for (const button of document.querySelectorAll('[data-copy-link]')) {
		const status = button.nextElementSibling;
		let timer;
		button.hidden = false;
		button.addEventListener('click', async () => {
			const url = new URL(location.href);
			if (origin) url.href = origin + url.pathname;
			url.hash = button.getAttribute('data-copy-link');
			let ok = true;
			try {
				await navigator.clipboard.writeText(url.href);
			} catch {
				ok = false;
			}
			button.textContent = ok ? '已复制' : '复制链接';
			if (status) status.textContent = ok ? '已复制本段链接' : '无法复制，请从地址栏复制';
			clearTimeout(timer);
			timer = setTimeout(() => {
				button.textContent = '复制链接';
				if (status) status.textContent = '';
			}, 2500);
		});
	}
}
