%% Numeric comparison: == vs =:= between integers, floats and bignums,
%% precision limits where a float cannot represent an integer exactly.
-module(cmp_numbers).
-export([main/0]).

main() ->
    Pairs = [{1, 1.0}, {0, 0.0}, {-1, -1.0}, {1, 2}, {2.5, 2}, {1 bsl 53, float(1 bsl 53)},
             {(1 bsl 53) + 1, float(1 bsl 53)}, {1 bsl 64, float(1 bsl 64)},
             {1 bsl 64 + 1, float(1 bsl 64)}, {-(1 bsl 80), -1.0e24}, {1 bsl 1030, 1.0e308},
             {1.0e308, 1 bsl 1020}, {0.1, 0}, {3, 3}, {1 bsl 100, 1 bsl 100}],
    [{A1 == B1, A1 =:= B1, A1 /= B1, A1 =/= B1, A1 < B1, A1 > B1, A1 =< B1, A1 >= B1}
     || {A, B} <- Pairs, A1 <- [id(A)], B1 <- [id(B)]].

id(X) -> X.
