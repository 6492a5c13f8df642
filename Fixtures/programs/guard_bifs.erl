%% BIFs allowed in guards: abs, byte_size, bit_size, element, float, hd, tl,
%% length, map_size, map_get, is_map_key, node, round, trunc, size,
%% tuple_size, arithmetic and bitwise operators, comparisons.
-module(guard_bifs).
-export([main/0]).

main() ->
    [check(id(V)) || V <- [[1, 2, 3], {a, b}, <<1, 2, 3, 4>>, #{k => 5}, -7, 2.6, [], "xy"]] ++
        [g2(id(X)) || X <- [0, 1, 7, 8, 64, 1 bsl 65]] ++
        [minmax(id(A), id(B)) || {A, B} <- [{1, 2}, {5, 3}, {4, 4}]].

check(L) when is_list(L), length(L) > 2, hd(L) =:= 1, hd(tl(L)) == 2 -> {long_list, length(L)};
check(T) when tuple_size(T) =:= 2, element(1, T) =:= a -> {pair_a, element(2, T)};
check(B) when byte_size(B) >= 4, bit_size(B) =:= 32, size(B) =:= 4 -> {four_bytes, binary_part(B, 1, 2)};
check(M) when is_map_key(k, M), map_get(k, M) > 4, map_size(M) =:= 1 -> {map_k, map_get(k, M)};
check(N) when abs(N) =:= 7, N < 0 -> minus_seven;
check(F) when round(F) =:= 3, trunc(F) =:= 2, float(F) > 2.5 -> {rounded, 3};
check([]) -> empty;
check(S) when node() =:= node(), length(S) =:= 2 -> two_chars.

g2(X) when X band 1 =:= 1 -> odd;
g2(X) when X bsr 3 > 0, X rem 8 =:= 0, X div 8 < 10 -> multiple_of_8_small;
g2(X) when X bsl 2 > 1 bsl 66 -> huge;
g2(_) -> other.

%% (min/max are only allowed in guards from OTP 26 on, so they are used in
%% the body here.)
minmax(A, B) ->
    case {max(A, B), min(A, B)} of
        {A, B} when A =/= B -> first_bigger;
        _ when A == B -> equal;
        _ -> second_bigger
    end.

id(X) -> X.
