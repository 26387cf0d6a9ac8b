// When an editor confirms Wagtail's "X saved a new version" dialog, tell the server the
// overwrite is deliberate, so its own conflict check does not ask a second time.
document.addEventListener(
  'click',
  (event) => {
    const confirm = event.target.closest(
      '#w-save-confirmation-dialog [data-w-dialog-target="confirm"]',
    );
    const form = confirm && document.querySelector('[data-edit-form]');
    if (!form) return;
    let flag = form.querySelector('input[name="overwrite_confirmed"]');
    if (!flag) {
      flag = document.createElement('input');
      flag.type = 'hidden';
      flag.name = 'overwrite_confirmed';
      form.appendChild(flag);
    }
    flag.value = '1';
  },
  true,
);
