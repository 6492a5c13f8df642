%% Nested maps used as a tree: deep get/put by key path, counting words into
%% a map of maps, and equality of nested structures.
-module(map_nested).
-export([main/0]).

main() ->
    T0 = #{},
    T1 = put_in([1, 2, 3], leaf_a, T0),
    T2 = put_in([1, 2, 4], leaf_b, T1),
    T3 = put_in([1, 5], leaf_c, T2),
    T4 = put_in([6], leaf_d, T3),
    Words = [<<"to">>, <<"be">>, <<"or">>, <<"not">>, <<"to">>, <<"be">>, <<"to">>],
    Counts = count(Words, #{}),
    ByLen = group(Words, #{}),
    [T4, get_in([1, 2, 4], T4), get_in([1, 9], T4), get_in([6], T4),
     Counts, ByLen, T4 =:= put_in([6], leaf_d, T3), depth(T4)].

put_in([K], V, M) -> M#{K => V};
put_in([K | Ks], V, M) ->
    Sub = case maps:find(K, M) of
              {ok, S} when is_map(S) -> S;
              _ -> #{}
          end,
    M#{K => put_in(Ks, V, Sub)}.

get_in([], V) -> {ok, V};
get_in([K | Ks], M) when is_map(M) ->
    case maps:find(K, M) of
        {ok, V} -> get_in(Ks, V);
        error -> not_found
    end;
get_in(_, _) -> not_found.

count([], M) -> M;
count([W | Ws], M) ->
    case M of
        #{W := N} -> count(Ws, M#{W := N + 1});
        _ -> count(Ws, M#{W => 1})
    end.

group([], M) -> M;
group([W | Ws], M) ->
    L = byte_size(W),
    Inner = case maps:find(L, M) of {ok, I} -> I; error -> #{} end,
    group(Ws, M#{L => Inner#{W => true}}).

depth(M) when is_map(M) -> 1 + max_list([depth(V) || V <- maps:values(M)], 0);
depth(_) -> 0.

max_list([], A) -> A;
max_list([H | T], A) -> max_list(T, max(H, A)).
