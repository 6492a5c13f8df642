%% More of the lists module: partition, splitwith, takewhile, dropwhile,
%% flatmap, mapfoldl/mapfoldr, zipwith/zipwith3, keyreplace, keystore,
%% keytake, keydelete, droplast, enumerate, foreach with side effects.
-module(otp_lists_more).
-export([main/0]).

main() ->
    L = [5, 8, 2, 9, 4, 7],
    KV = [{a, 1}, {b, 2}, {c, 3}],
    put(seen, []),
    lists:foreach(fun(X) -> put(seen, [X * 10 | get(seen)]) end, [1, 2, 3]),
    [lists:partition(fun(X) -> X > 4 end, L), lists:splitwith(fun(X) -> X > 4 end, L),
     lists:takewhile(fun(X) -> X =/= 9 end, L), lists:dropwhile(fun(X) -> X =/= 9 end, L),
     lists:flatmap(fun(X) -> [X, -X] end, [1, 2]), lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, L),
     lists:mapfoldr(fun(X, S) -> {S, S + X} end, 0, L), lists:zipwith(fun(A, B) -> A * B end, [1, 2], [3, 4]),
     lists:zipwith3(fun(A, B, C) -> A + B + C end, [1], [2], [3]),
     lists:keyreplace(b, 1, KV, {b, 20}), lists:keystore(d, 1, KV, {d, 4}), lists:keystore(a, 1, KV, {a, 0}),
     lists:keytake(b, 1, KV), lists:keytake(z, 1, KV), lists:keydelete(c, 1, KV), lists:droplast(L),
     lists:enumerate([a, b, c]), get(seen), lists:filtermap(fun(X) when X > 5 -> {true, X * 100}; (X) -> X =:= 2 end, L),
     lists:search(fun(X) -> X > 6 end, L), lists:splitwith(fun is_atom/1, [a, b, 1, c]),
     lists:uniq([3, 1, 3, 2, 1]), lists:join(x, [a, b, c]), lists:keymap(fun(V) -> V * 2 end, 2, KV)].
