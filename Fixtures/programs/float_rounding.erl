%% round, trunc, ceil, floor of floats of both signs, halves, huge floats that
%% become bignums, and integers passed through unchanged.
-module(float_rounding).
-export([main/0]).

main() ->
    Vals = [0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -0.6, -1.5, -2.5, 3.7, -3.7,
            1.0e15 + 0.5, 4503599627370495.5, 1.0e20, -1.0e20, 1.2345e30, 123, -123],
    [{round(V), trunc(V), ceil(V), floor(V)} || V0 <- Vals, V <- [id(V0)]].

id(X) -> X.
