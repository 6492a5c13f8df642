%% Improper lists: construction, matching the tail, length errors, printing,
%% comparison, and improper lists as iolists tails.
-module(list_improper).
-export([main/0]).

main() ->
    I = id([1, 2 | 3]),
    [I, tl(tl(I)), walk(I), [a | b], [[] | []], id([a | {b}]), id([1 | <<2>>]),
     I < id([1, 2, 3]), I == id([1, 2 | 3.0]), I =:= id([1, 2 | 3.0]),
     is_list(I), iolist_to_binary(id([<<"ab">> | <<"cd">>])),
     try length(I) catch error:E1 -> E1 end,
     try lists:reverse(I) catch error:E2 -> E2 end,
     try I ++ [4] catch error:E3 -> E3 end].

walk([H | T]) -> [{elem, H} | walk(T)];
walk([]) -> [proper_end];
walk(Other) -> [{tail, Other}].

id(X) -> X.
