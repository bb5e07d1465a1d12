// Suggestions while typing (搜索建议): asks /api/v1/suggest for published titles and lists them under the box.
// Arrow keys move through them, Enter picks one, Escape closes the list.
(function () {
  'use strict';

  function attach(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    if (!list) {
      return;
    }
    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }

    function pick(title) {
      input.value = title;
      close();
      input.form.submit();
    }

    function show(titles) {
      list.textContent = '';
      active = -1;
      titles.forEach(function (title, index) {
        var option = document.createElement('li');
        option.id = list.id + '-' + index;
        option.setAttribute('role', 'option');
        option.textContent = title;
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          pick(title);
        });
        list.appendChild(option);
      });
      list.hidden = titles.length === 0;
    }

    function move(step) {
      var options = list.querySelectorAll('li');
      if (options.length === 0) {
        return;
      }
      if (active >= 0) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = (active + step + options.length) % options.length;
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text === '') {
        close();
        return;
      }
      timer = setTimeout(function () {
        var asked = ++latest;
        fetch(input.dataset.suggest + '?limit=8&q=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})
          .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
          .then(function (answer) {
            if (asked === latest) {
              show(answer.suggestions || []);
            }
          })
          .catch(close);
      }, 200);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        move(1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        move(-1);
      } else if (event.key === 'Escape') {
        close();
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        pick(list.querySelectorAll('li')[active].textContent);
      }
    });

    input.addEventListener('blur', close);
  }

  document.querySelectorAll('input[data-suggest]').forEach(attach);
}());
