// Saves the answers of an activity form as the person types: on each change, and every
// 20 seconds when something changed since the last save. Without this script, the
// "Enregistrer" button does the same. Files are never sent by the autosave: they stay
// chosen in their field and go with "Enregistrer" or "Envoyer", checked by the server.
(function () {
	'use strict';
	var form = document.querySelector('form[data-autosave]');
	if (!form || !window.fetch || !window.FormData) {
		return;
	}
	var status = form.querySelector('.autosave-status');
	var dirty = false;
	var saving = false;

	function show(text) {
		if (status) {
			status.textContent = text;
		}
	}

	function save() {
		if (!dirty || saving) {
			return;
		}
		saving = true;
		dirty = false;
		var data = new FormData(form);
		data.set('action', 'enregistrer');
		Array.prototype.forEach.call(form.querySelectorAll('input[type="file"]'), function (input) {
			if (input.name && data['delete']) {
				data['delete'](input.name);
			}
		});
		// not form.action: the buttons named "action" hide that property
		fetch(form.getAttribute('action'), {
			method: 'POST',
			body: data,
			credentials: 'same-origin',
			headers: { 'X-Autosave': '1' }
		}).then(function (response) {
			if (response.status === 204) {
				var now = new Date();
				var time = ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
				show(form.getAttribute('data-saved-label').replace('{0}', time));
			} else {
				show(form.getAttribute('data-failed-label'));
			}
		}).catch(function () {
			// offline: keep the changes and try again later
			dirty = true;
			show(form.getAttribute('data-failed-label'));
		}).then(function () {
			saving = false;
		});
	}

	function isFile(event) {
		return event.target && event.target.type === 'file';
	}

	form.addEventListener('input', function (event) {
		if (!isFile(event)) {
			dirty = true;
		}
	});
	form.addEventListener('change', function (event) {
		if (isFile(event)) {
			// a chosen file waits for the buttons; say so rather than "saved"
			show(form.getAttribute('data-file-label'));
			return;
		}
		dirty = true;
		save();
	});
	window.setInterval(save, 20000);
})();
