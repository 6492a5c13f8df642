%% The maps BIFs: from_list (later duplicates win), to_list, keys, values,
%% take, merge precedence, and their behaviour on bad arguments.
-module(map_bifs).
-export([main/0]).

main() ->
    L = id([{3, c}, {1, a}, {2, b}, {1, again}]),
    M = maps:from_list(L),
    [M, maps:to_list(M), maps:keys(M), maps:values(M), maps:take(2, M), maps:take(7, M),
     maps:merge(#{1 => x, 5 => y}, M), maps:merge(M, #{1 => x, 5 => y}),
     maps:from_list(id([])), maps:to_list(id(#{})),
     sort(maps:keys(id(#{b => 1, a => 2, c => 3}))),
     sort(maps:to_list(id(#{zeta => 1, alpha => 2}))),
     try maps:from_list(id([a])) catch error:E1 -> E1 end,
     try maps:keys(id(nope)) catch error:E2 -> E2 end,
     try maps:get(x, id(#{})) catch error:E3 -> E3 end,
     try maps:remove(x, id(5)) catch error:E4 -> E4 end].

sort([]) -> [];
sort([P | T]) -> sort([X || X <- T, X < P]) ++ [P] ++ sort([X || X <- T, X >= P]).

id(X) -> X.
