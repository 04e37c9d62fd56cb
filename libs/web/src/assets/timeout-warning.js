// The GOV.UK timeout warning (progressive enhancement; views/partials/timeout-warning.njk). Two minutes before the
// session's answers would be forgotten, a modal dialog says so, with a countdown. "Keep my answers" (or Escape) renews
// the session with a request and starts the count again; when the time runs out, the answers are deleted and the
// page says so. Screen readers hear the time left when the dialog opens and every 15 seconds after.
const dialog = document.querySelector('[data-module="redress-timeout-warning"]');

if (dialog && typeof dialog.showModal === 'function') {
  const idle = Number(dialog.dataset.idleSeconds);
  const warn = Math.min(Number(dialog.dataset.warnSeconds), idle);
  const countdown = dialog.querySelector('.redress-timeout-warning__countdown');
  const hiddenTime = dialog.querySelector('.redress-timeout-warning__time');
  const announce = dialog.querySelector('[data-timeout-announce]');
  const keep = dialog.querySelector('[data-timeout-keep]');
  let warnTimer = 0;
  let tick = 0;

  const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const words = (seconds) => {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    if (m && s) return `${plural(m, 'minute')} ${plural(s, 'second')}`;
    return m ? plural(m, 'minute') : plural(s, 'second');
  };

  const expire = () => {
    window.location.href = dialog.dataset.expiredUrl;
  };

  const open = () => {
    let left = warn;
    const show = () => {
      countdown.textContent = words(left);
      hiddenTime.textContent = words(left);
      if (left === warn || left % 15 === 0) announce.textContent = `${dialog.dataset.announceLead} ${words(left)}.`;
    };
    show();
    dialog.showModal();
    dialog.focus();
    tick = window.setInterval(() => {
      left -= 1;
      if (left <= 0) {
        window.clearInterval(tick);
        expire();
        return;
      }
      show();
    }, 1000);
  };

  const start = () => {
    window.clearTimeout(warnTimer);
    warnTimer = window.setTimeout(open, (idle - warn) * 1000);
  };

  const stay = () => {
    window.clearInterval(tick);
    if (dialog.open) dialog.close();
    announce.textContent = '';
    fetch(dialog.dataset.keepAliveUrl, { credentials: 'same-origin', cache: 'no-store' }).catch(() => undefined);
    start();
  };

  keep.addEventListener('click', stay);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    stay();
  });
  start();
}
