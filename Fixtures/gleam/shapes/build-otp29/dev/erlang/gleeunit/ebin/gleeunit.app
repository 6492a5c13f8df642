{application, gleeunit, [
    {vsn, "1.0.0"},
    {applications, [kernel, stdlib]},
    {description, ""},
    {modules, ['gleeunit','gleeunit@internal@reporting','gleeunit@should','gleeunit_ffi','gleeunit_gleam_panic_ffi','gleeunit_progress']},
    {registered, []}
]}.
