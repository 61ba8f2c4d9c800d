// Keeps the username typed into the sign-in form across a refused sign-in (the server answers with a fresh page
// and never echoes what was typed); the password is never kept.
(function () {
  var form = document.querySelector('form[data-sign-in]');
  var username = document.getElementById('username');
  if (!form || !username || !window.sessionStorage) {
    return;
  }
  if (/[?&]error(=|&|$)/.test(window.location.search) && !username.value) {
    username.value = sessionStorage.getItem('jointcase-username') || '';
    if (username.value) {
      document.getElementById('password').focus();
    }
  }
  form.addEventListener('submit', function () {
    sessionStorage.setItem('jointcase-username', username.value);
  });
})();
