%% Shifting bignums: left into very large numbers, right back to small
%% integers, negative bignums shifted right (rounding toward minus infinity).
-module(bignum_shifts).
-export([main/0]).

main() ->
    X = id(16#DEADBEEFCAFEBABE1234),
    [[X bsl N || N <- [0, 1, 7, 64, 65, 200]],
     [X bsr N || N <- [0, 1, 7, 63, 64, 65, 79, 80, 81, 200]],
     [-X bsr N || N <- [0, 1, 7, 63, 64, 65, 79, 80, 81, 200]],
     [-X bsl N || N <- [1, 64]],
     X bsl -4, X bsr -4,
     (id(1) bsl 1000) bsr 999, id(-1) bsl 1000 bsr 1000,
     bits(X, 0), bits(id(1) bsl 300, 0)].

bits(0, N) -> N;
bits(V, N) -> bits(V bsr 1, N + 1).

id(X) -> X.
