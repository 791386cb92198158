// Shows the searches of the job and skill pickers of an activity: they load their options
// with htmx, so they are hidden when scripts do not run (the text fields remain).
(function () {
	'use strict';
	document.querySelectorAll('[data-picker]').forEach(function (picker) {
		picker.hidden = false;
	});
})();
