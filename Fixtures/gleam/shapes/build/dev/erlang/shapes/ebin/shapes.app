{application, shapes, [
    {vsn, "1.0.0"},
    {applications, [kernel, stdlib, gleam_stdlib, gleeunit]},
    {description, ""},
    {modules, ['shapes','shapes@crash','shapes@geometry','shapes@geometry_test','shapes@values','shapes@values_test','shapes_ffi','shapes_test']},
    {registered, []}
]}.
