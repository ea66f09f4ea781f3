// Desk pages: send the CSRF token with every htmx request, and let htmx swap refusals (4xx) into
// the message area the server names, so an agent always sees why an action was not done.
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) e.detail.headers[header] = token;
  });
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '[4]..', swap: true, error: false },
      { code: '...', swap: false, error: true },
    ];
  }
  // a successful change clears an old refusal and resets the form that made it
  document.body.addEventListener('htmx:afterRequest', (e) => {
    const ok = e.detail.xhr && e.detail.xhr.status < 400;
    if (ok) {
      const flash = document.getElementById('flash');
      if (flash && e.detail.target !== flash) flash.innerHTML = '';
    }
  });
});
