{application, gleam_stdlib, [
    {vsn, "1.0.0"},
    {applications, [kernel, stdlib]},
    {description, ""},
    {modules, ['gleam@bit_array','gleam@list','gleam@option','gleam@result','gleam@string','gleam_stdlib']},
    {registered, []}
]}.
