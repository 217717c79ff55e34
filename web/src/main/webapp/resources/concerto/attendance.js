/* Attendance on the day: the filter box hides the rows whose name or organisation do not match, in the browser. */
document.addEventListener('DOMContentLoaded', function () {
    var filter = document.getElementById('attendance-filter');
    if (!filter) {
        return;
    }
    var fold = function (text) {
        return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    };
    filter.addEventListener('input', function () {
        var wanted = fold(filter.value.trim());
        document.querySelectorAll('.attendance-row').forEach(function (row) {
            row.hidden = wanted !== '' && fold(row.getAttribute('data-search') || '').indexOf(wanted) < 0;
        });
        document.querySelectorAll('.attendance-group').forEach(function (group) {
            group.hidden = group.querySelector('.attendance-row:not([hidden])') === null;
        });
    });
});
