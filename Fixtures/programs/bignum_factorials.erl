%% Factorials up to 100! (bignum multiplication), their digit counts and
%% trailing zeros, and divisions of one factorial by another.
-module(bignum_factorials).
-export([main/0]).

main() ->
    F20 = fact(id(20)), F21 = fact(id(21)), F25 = fact(id(25)),
    F50 = fact(id(50)), F100 = fact(id(100)),
    [F20, F21, F25, F50, F100,
     F100 div F50, F100 rem fact(id(51)) =:= 0, F21 div F20,
     digits(F100, 0), trailing_zeros(F100, 0),
     F100 - F100 + 1, -F50, F50 * -F50,
     [fact(N) || N <- [0, 1, 5, 10, 15, 19, 22, 30]]].

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

digits(0, D) -> D;
digits(N, D) -> digits(N div 10, D + 1).

trailing_zeros(N, Z) when N rem 10 =:= 0 -> trailing_zeros(N div 10, Z + 1);
trailing_zeros(_, Z) -> Z.

id(X) -> X.
