%% Boolean guards: comma and semicolon, andalso/orelse (short-circuit, also
%% in bodies with non-boolean right operands), not, and/or/xor evaluating
%% both sides.
-module(guard_andalso_orelse).
-export([main/0]).

main() ->
    Vals = [-5, 0, 3, 10, 15, 100, a, 2.5],
    [[classify(id(V)) || V <- Vals],
     [range(id(V)) || V <- Vals],
     id(true) andalso id(false), id(false) andalso id(crash), id(true) orelse id(crash),
     id(false) orelse id(not_boolean), id(true) andalso id(also_not_boolean),
     id(true) and id(false), id(true) or id(false), id(true) xor id(true), not id(false),
     try id(1) andalso true catch error:E1 -> E1 end,
     try id(true) and id(1) catch error:E2 -> E2 end,
     try not id(0) catch error:E3 -> E3 end,
     [both(id(X), id(Y)) || X <- [true, false], Y <- [true, false]]].

classify(X) when is_integer(X), X > 0, X rem 5 =:= 0 -> positive_multiple_of_5;
classify(X) when is_integer(X), X > 0; is_float(X), X > 0 -> positive;
classify(X) when is_integer(X) andalso X < 0 -> negative;
classify(0) -> zero;
classify(X) when not is_number(X) -> not_a_number.

range(X) when (X >= 0 andalso X < 10) orelse X =:= 100 -> in_range;
range(X) when is_number(X) and (X > 10) -> above;
range(_) -> out.

both(X, Y) -> {X and Y, X or Y, X xor Y, X andalso Y, X orelse Y}.

id(X) -> X.
