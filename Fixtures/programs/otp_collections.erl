%% Functional collections from stdlib: sets (both versions), gb_sets, dict,
%% orddict, gb_trees, ordsets; results are converted to sorted lists.
-module(otp_collections).
-export([main/0]).

main() ->
    S1 = sets:from_list([3, 1, 2, 3]),
    S2 = sets:from_list([2, 3, 4], [{version, 2}]),
    G = gb_sets:from_list([5, 1, 4]),
    D = dict:from_list([{b, 2}, {a, 1}]),
    D2 = dict:update_counter(c, 5, dict:store(a, 10, D)),
    OD = orddict:from_list([{z, 1}, {y, 2}]),
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * 2, Acc) end, gb_trees:empty(), [5, 2, 8, 1]),
    [lists:sort(sets:to_list(S1)), sets:size(S1), sets:is_element(2, S1),
     lists:sort(sets:to_list(sets:union(S1, sets:from_list([9])))),
     lists:sort(sets:to_list(S2)), sets:is_element(4, S2), sets:size(sets:intersection(sets:from_list([2, 3, 4], [{version, 2}]), S2)),
     gb_sets:to_list(G), gb_sets:smallest(G), gb_sets:largest(G), gb_sets:is_member(4, G),
     lists:sort(dict:to_list(D2)), dict:find(a, D2), dict:fetch_keys(dict:from_list([{1, x}])), dict:size(D2),
     orddict:to_list(orddict:store(x, 3, OD)), orddict:find(y, OD),
     gb_trees:to_list(T), gb_trees:lookup(8, T), gb_trees:smallest(T), gb_trees:size(T),
     gb_trees:keys(gb_trees:delete(2, T)), ordsets:union([1, 3], [2, 3]), ordsets:subtract([1, 2, 3], [2])].
