// The one-file export's presenter: one step at a time, large, with the same keys as the site's
// presenter. Opened with the "Present" button or the address #present. Plain ES2019, no build step.
(function () {
	var steps = Array.prototype.slice.call(document.querySelectorAll('article[data-step]'));
	var index = 0;
	var button = document.getElementById('present-toggle');
	var counter = document.getElementById('present-counter');
	var keys = {
		ArrowRight: 1,
		ArrowDown: 1,
		PageDown: 1,
		' ': 1,
		ArrowLeft: -1,
		ArrowUp: -1,
		PageUp: -1
	};
	function show(next) {
		index = Math.max(0, Math.min(steps.length - 1, next));
		steps.forEach(function (step, i) {
			step.classList.toggle('current', i === index);
		});
		counter.textContent = 'Step ' + (index + 1) + ' of ' + steps.length;
	}
	function presenting() {
		return document.body.classList.contains('presenting');
	}
	function toggle(on) {
		document.body.classList.toggle('presenting', on);
		button.textContent = on ? 'Back to the handout' : 'Present';
		if (on) show(index);
	}
	button.addEventListener('click', function () {
		toggle(!presenting());
	});
	document.addEventListener('keydown', function (event) {
		if (!presenting() || event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === 'Escape') return toggle(false);
		var move = keys[event.key];
		if (event.key === 'Home') show(0);
		else if (event.key === 'End') show(steps.length - 1);
		else if (move) show(index + (event.key === ' ' && event.shiftKey ? -1 : move));
		else return;
		event.preventDefault();
	});
	if (location.hash === '#present') toggle(true);
})();
