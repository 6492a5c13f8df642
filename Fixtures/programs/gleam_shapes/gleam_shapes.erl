%% Entry module of a Gleam-shaped program spread over three modules whose
%% names contain '@' (gleam_shapes@geometry, gleam_shapes@internal@math):
%% cross-module calls, float arithmetic with guarded division, custom types,
%% and the moduledoc/doc attribute shim used by recent Gleam releases.
-module(gleam_shapes).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_shapes.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(" Computes areas and perimeters of a few shapes.\n").

-file("src/gleam_shapes.gleam", 5).
?DOC(" Entry point.\n").
-spec main() -> {list(float()), list(float()), float(), binary(), list(binary())}.
main() ->
    Shapes = [{circle, 1.0},
        {rectangle, 2.0, 3.5},
        {square, 4.0},
        {triangle, 3.0, 4.0, 5.0}],
    Areas = 'gleam_shapes@geometry':map_shapes(
        Shapes,
        fun 'gleam_shapes@geometry':area/1
    ),
    Perimeters = 'gleam_shapes@geometry':map_shapes(
        Shapes,
        fun(S) -> 'gleam_shapes@geometry':perimeter(S) end
    ),
    Total = 'gleam_shapes@internal@math':sum(Areas),
    Largest = case 'gleam_shapes@geometry':largest(Shapes) of
        {ok, Shape} ->
            'gleam_shapes@geometry':name(Shape);

        {error, nil} ->
            <<"none"/utf8>>
    end,
    Ratios = [begin
            _pipe = 'gleam_shapes@internal@math':safe_divide(1.0, 0.0),
            erlang:float_to_binary(_pipe, [short])
        end,
        erlang:float_to_binary('gleam_shapes@internal@math':safe_divide(1.0, 8.0), [short]),
        erlang:float_to_binary('gleam_shapes@internal@math':safe_divide(-1.0, -0.0), [short])],
    {Areas, Perimeters, Total, Largest, Ratios}.
