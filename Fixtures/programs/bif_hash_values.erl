%% erlang:phash2/1,2 and erlang:phash/2 of integers around every size
%% boundary, bignums, floats, atoms (including non-Latin-1 names), strings,
%% lists with improper tails, tuples, binaries of every length up to 40 and
%% bitstrings, maps small and large, and funs; ranges and bad ranges.
-module(bif_hash_values).
-export([main/0, ext/0]).
-compile(nowarn_deprecated_function).

main() ->
    Ints = [0, 1, -1, 255, 256, (1 bsl 27) - 1, 1 bsl 27, -(1 bsl 27), -(1 bsl 27) - 1, 1 bsl 31,
            1 bsl 32, (1 bsl 32) - 1, 1 bsl 59, -(1 bsl 59), (1 bsl 59) - 1, 1 bsl 60, 1 bsl 63, 1 bsl 64,
            -(1 bsl 64), 123456789012345678901234567890, -98765432109876543210987654321098765432109876543210],
    Floats = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 1.0e100, -1.0e-100, 5.0e-324, 1.7976931348623157e308],
    Atoms = [a, abc, 'hello world', '', true, false, 'é', 'Ω', 'ünïcode', 'a@b', 'x.y'],
    Lists = [[], [1], [1, 2, 3], "abc", "abcd", "abcde", "abcdefghi", [a | b], [1, 2 | 3], [256, 1],
             [1, 256], [[]], [[[]]], [-1], "ab" ++ [1000] ++ "cd", [<<"x">>], [1.0]],
    Tuples = [{}, {a}, {1, 2}, {a, {b, [c]}}, {[], <<>>, #{}}, list_to_tuple(seq(1, 40))],
    Bins = [list_to_binary(seq(1, N)) || N <- seq(0, 40)] ++ [<<1:3>>, <<1, 2:5>>, <<255:7>>, <<0:100>>],
    Maps = [#{}, #{1 => 2}, #{1 => a, 2 => b}, #{a => 1}, #{a => [1], b => {2}, <<"c">> => 3.0},
            #{1 => a, 1.0 => b}, maps_of(40)],
    Funs = [fun lists:map/2, fun erlang:element/2, fun ?MODULE:ext/0],
    All = Ints ++ Floats ++ Atoms ++ Lists ++ Tuples ++ Bins ++ Maps ++ Funs,
    [[{erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash2(T, 1 bsl 32), erlang:phash(T, 97),
       erlang:phash(T, 1 bsl 32)} || T <- All],
     erlang:phash2(id(seq(1, 1000))), erlang:phash2(id(list_to_binary(dup(5000, 7)))),
     [f(fun() -> erlang:phash2(a, R) end) || R <- [0, -1, (1 bsl 32) + 1, 1 bsl 64, a, 1.0]],
     [f(fun() -> erlang:phash(a, R) end) || R <- [0, (1 bsl 32) + 1, a, 1]]].

ext() -> ok.

maps_of(N) -> maps_of(N, #{}).
maps_of(0, M) -> M;
maps_of(N, M) -> maps_of(N - 1, M#{N => {N}}).

f(F) -> try F() catch C:R -> {C, R} end.

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

dup(0, _) -> [];
dup(N, X) -> [X | dup(N - 1, X)].

id(X) -> X.
