%% erlang:phash2/1,2 of many terms (integers, bignums, floats, atoms, lists,
%% strings, tuples, binaries, bitstrings, maps) and ranges; the values are
%% part of the external contract and must match exactly.
-module(bif_phash2).
-export([main/0]).

main() ->
    Terms = [0, 1, -1, 255, 256, 1 bsl 27, 1 bsl 32, 1 bsl 59, 1 bsl 60, 1 bsl 64, -(1 bsl 64),
             123456789012345678901234567890, 0.0, -0.0, 1.0, 1.5, -2.5, 1.0e100,
             a, abc, 'hello world', '', true, [], [1], [1, 2, 3], "abc", [a | b],
             {}, {a}, {1, 2}, {a, {b, [c]}}, <<>>, <<1>>, <<"hello">>, <<1:3>>, <<1, 2:5>>,
             #{}, #{1 => 2}, #{1 => a, 2 => b}, #{a => 1}, [[[]]], {[], <<>>, #{}}],
    [[erlang:phash2(id(T)) || T <- Terms],
     [erlang:phash2(id(T), 1000) || T <- Terms],
     [erlang:phash2(id(T), 1 bsl 32) || T <- [a, 1, <<"x">>]],
     erlang:phash2(id(#{b => 2, a => 1})) =:= erlang:phash2(id(#{a => 1, b => 2})),
     erlang:phash2(id(maps:from_list([{I, I} || I <- seq(1, 50)]))),
     erlang:phash2(id(seq(1, 1000))), erlang:phash2(id(list_to_binary(seq(1, 200)))),
     erlang:phash2(id(1), 1), try erlang:phash2(id(a), 0) catch error:E -> E end].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
