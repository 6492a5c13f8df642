%% Module gleam_shapes@internal@math of the gleam_shapes program: float
%% helpers with Gleam's division-by-zero semantics.
-module(gleam_shapes@internal@math).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch]).
-define(FILEPATH, "src/gleam_shapes/internal/math.gleam").
-export([safe_divide/2, sqrt/1, sum/1]).

-file("src/gleam_shapes/internal/math.gleam", 3).
-spec safe_divide(float(), float()) -> float().
safe_divide(A, B) ->
    case B of
        +0.0 -> +0.0;
        -0.0 -> -0.0;
        Gleam@denominator -> A / Gleam@denominator
    end.

-file("src/gleam_shapes/internal/math.gleam", 7).
-spec sqrt(float()) -> float().
sqrt(X) ->
    math:sqrt(X).

-file("src/gleam_shapes/internal/math.gleam", 11).
-spec sum(list(float())) -> float().
sum(Values) ->
    sum_loop(Values, 0.0).

-file("src/gleam_shapes/internal/math.gleam", 15).
-spec sum_loop(list(float()), float()) -> float().
sum_loop(Values, Acc) ->
    case Values of
        [] ->
            Acc;

        [First | Rest] ->
            sum_loop(Rest, Acc + First)
    end.
