%% Map update syntax: => inserts or replaces, := only replaces (badkey
%% otherwise), chained updates, and maps:put/update/remove/merge.
-module(map_update).
-export([main/0]).

main() ->
    M0 = id(#{1 => a}),
    M1 = M0#{2 => b},
    M2 = M1#{1 := z},
    M3 = M2#{3 => c, 1 => y, 4 => d},
    M4 = maps:put(5, e, M3),
    M5 = maps:update(5, ee, M4),
    M6 = maps:remove(2, M5),
    M7 = maps:merge(M6, #{1 => merged, 10 => ten}),
    [M0, M1, M2, M3, M4, M5, M6, M7, maps:remove(99, M0),
     maps:merge(#{}, M0), maps:merge(M0, #{}),
     grow(#{}, 1, 20),
     try M0#{2 := x} catch error:E1 -> E1 end,
     try maps:update(9, x, M0) catch error:E2 -> E2 end,
     try (id(not_a_map))#{1 => 2} catch error:E3 -> E3 end,
     try maps:put(1, 2, id([])) catch error:E4 -> E4 end].

grow(M, I, N) when I > N -> M;
grow(M, I, N) -> grow(M#{I * 7 rem 13 => I}, I + 1, N).

id(X) -> X.
