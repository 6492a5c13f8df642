%% lists:keyfind/3, keymember/3, keysearch/3 on tuple lists of mixed sizes and
%% positions, including int/float key equality (==) and missing keys.
-module(list_keyfuns).
-export([main/0]).

main() ->
    L = id([{a, 1}, {b, 2, extra}, {c}, {1, one}, {2.0, two}, not_a_tuple, {a, duplicate}]),
    [lists:keyfind(a, 1, L), lists:keyfind(b, 1, L), lists:keyfind(c, 1, L),
     lists:keyfind(z, 1, L), lists:keyfind(1.0, 1, L), lists:keyfind(2, 1, L),
     lists:keyfind(2, 2, L), lists:keyfind(extra, 3, L), lists:keyfind(one, 2, L),
     lists:keymember(a, 1, L), lists:keymember(z, 1, L), lists:keymember(2, 2, L),
     lists:keysearch(b, 1, L), lists:keysearch(nope, 1, L), lists:keyfind(a, 1, id([])),
     update(b, 99, [{a, 1}, {b, 2}, {c, 3}]), delete(a, [{a, 1}, {b, 2}, {a, 3}]),
     try lists:keyfind(a, 0, L) catch error:E -> E end].

update(K, V, [{K, _} | T]) -> [{K, V} | T];
update(K, V, [H | T]) -> [H | update(K, V, T)];
update(K, V, []) -> [{K, V}].

delete(_, []) -> [];
delete(K, [{K, _} | T]) -> delete(K, T);
delete(K, [H | T]) -> [H | delete(K, T)].

id(X) -> X.
