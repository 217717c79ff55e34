/*
 * Files chosen for a form that sends them all at once (a contribution): a file over the limit, or files that
 * together weigh more than the server reads in one request, are taken back at once with the reason, instead of
 * being sent for nothing. The server checks the same limits again; this only spares the wait and an error page.
 */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.upload-guard').forEach(function (guard) {
        var input = guard.querySelector('input[type=file]');
        var refusal = guard.querySelector('.upload-refusal');
        if (!input || !refusal) {
            return;
        }
        var maxFile = Number(guard.getAttribute('data-max-file'));
        var maxTotal = Number(guard.getAttribute('data-max-total'));
        var fill = function (text, values) {
            return text.replace(/\{(\d)\}/g, function (all, index) {
                return values[Number(index)];
            });
        };
        var clearing = false;
        input.addEventListener('change', function () {
            if (clearing) {
                return;
            }
            var files = Array.prototype.slice.call(input.files || []);
            var total = files.reduce(function (sum, file) {
                return sum + file.size;
            }, 0);
            var tooLarge = files.filter(function (file) {
                return file.size > maxFile;
            })[0];
            var reason = null;
            if (tooLarge) {
                reason = fill(guard.getAttribute('data-too-large'), [tooLarge.name, guard.getAttribute('data-max-file-mb')]);
            } else if (total > maxTotal) {
                reason = fill(guard.getAttribute('data-too-much'),
                    [String(Math.ceil(total / 1048576)), guard.getAttribute('data-max-total-mb')]);
            }
            refusal.textContent = reason || '';
            refusal.hidden = !reason;
            if (reason) {
                // Emptied, and said so to PrimeFaces' own listener, which then shows that no file is chosen.
                clearing = true;
                input.value = '';
                input.dispatchEvent(new Event('change', { bubbles: true }));
                clearing = false;
            }
        });
    });
});
