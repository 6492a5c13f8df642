%% The math module: sqrt, pow, exp/log, trigonometry, pi, floor/ceil/fmod.
%% Exactly-rounded operations are returned as is; transcendental ones are
%% also returned rounded to 12 decimals.
-module(float_math).
-export([main/0]).

main() ->
    [math:sqrt(id(2)), math:sqrt(id(16.0)), math:sqrt(id(1.0e-10)),
     math:pow(id(2), id(10)), math:pow(id(2.0), id(0.5)), math:pow(id(10), id(-2)),
     math:pi(), math:floor(id(-2.5)), math:ceil(id(-2.5)), math:fmod(id(10.5), id(3)),
     math:fmod(id(-10.5), id(3)),
     r(math:exp(id(1))), r(math:log(id(10))), r(math:log2(id(1024))), r(math:log10(id(0.001))),
     r(math:sin(id(math:pi() / 6))), r(math:cos(id(0))), r(math:tan(id(1))),
     r(math:atan2(id(1), id(-1))), r(math:asin(id(1))), r(math:acos(id(0.5))),
     r(math:sinh(id(1))), r(math:cosh(id(1))), r(math:tanh(id(0.5))),
     r(math:atan(id(1.0e10))), r(math:exp(id(-1))),
     try math:sqrt(id(-1)) catch error:E1 -> E1 end,
     try math:log(id(0)) catch error:E2 -> E2 end,
     try math:pow(id(10.0), id(400)) catch error:E3 -> E3 end].

r(F) -> round(F * 1.0e12) / 1.0e12.

id(X) -> X.
