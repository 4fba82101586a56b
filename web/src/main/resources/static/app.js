// Progressive enhancement: five clickable stars beside each rating select. The select stays the
// source of truth (and works without JavaScript); the stars only set and mirror its value.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select.stars').forEach((select) => {
    const widget = document.createElement('span');
    widget.className = 'star-widget';
    widget.setAttribute('aria-hidden', 'true');
    const stars = [1, 2, 3, 4, 5].map((value) => {
      const star = document.createElement('button');
      star.type = 'button';
      star.tabIndex = -1;
      star.textContent = '★';
      star.title = value + (value === 1 ? ' star' : ' stars');
      star.addEventListener('click', () => {
        select.value = value.toFixed(1);
        select.dispatchEvent(new Event('change'));
      });
      widget.appendChild(star);
      return star;
    });
    const paint = () => {
      const chosen = parseFloat(select.value) || 0;
      stars.forEach((star, i) => star.classList.toggle('on', i + 1 <= Math.round(chosen)));
    };
    select.addEventListener('change', paint);
    select.insertAdjacentElement('afterend', widget);
    paint();
  });
});
