%% Match specifications on ETS tables: ets:match/2, match_object/2,
%% select/2 with guards (type tests, arithmetic, comparisons, andalso,
%% orelse, element, map_get) and bodies ('$_', '$$', {{...}} construction,
%% {const, X}, lists, maps), several clauses, select_count, select_delete,
%% select_replace, select_reverse on an ordered set, match_delete, a head
%% with a bound key, bodies that fail ('EXIT'), invalid specifications
%% (badarg), ets:fun2ms through the ms_transform parse transform, and
%% compiled specifications (match_spec_compile, match_spec_run,
%% is_compiled_ms, test_ms with its error texts).
-module(otp_ets_select).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

main() ->
    T = ets:new(people, [set]),
    true = ets:insert(T, [{alice, 30, london, #{pets => 2}}, {bob, 25, paris, #{pets => 0}},
                          {carol, 35, london, #{pets => 1}}, {dave, 40, berlin, #{}},
                          {eve, 22, paris, #{pets => 3}}]),
    O = ets:new(nums, [ordered_set]),
    true = ets:insert(O, [{N, N * N, N rem 3} || N <- lists:seq(1, 12)]),
    S = fun(Spec) -> lists:sort(ets:select(T, Spec)) end,
    [lists:sort(ets:match(T, {'$1', '_', london, '_'})),
     lists:sort(ets:match(T, {'$2', '$1', paris, '_'})),
     lists:sort(ets:match_object(T, {'_', '_', paris, '_'})),
     ets:match(T, {nobody, '$1', '_', '_'}),
     S([{{'$1', '$2', '_', '_'}, [{'>', '$2', 28}], ['$1']}]),
     S([{{'$1', '$2', '$3', '_'}, [{'andalso', {'==', '$3', london}, {'<', '$2', 33}}], ['$$']}]),
     S([{{'$1', '$2', '_', '_'}, [{'orelse', {'<', '$2', 23}, {'>', '$2', 39}}], [{{'$1', {'+', '$2', 1}}}]}]),
     S([{{'$1', '_', '_', '$4'}, [{is_map_key, pets, '$4'}, {'>=', {map_get, pets, '$4'}, 2}], ['$1']}]),
     S([{{'$1', '_', '_', '_'}, [], [{const, {fixed, '$1'}}]}]),
     S([{{'$1', '$2', '_', '_'}, [{is_integer, '$2'}, {'=:=', {'rem', '$2', 5}, 0}], [['$1', '$2']]}]),
     S([{{'$1', '_', '_', '_'}, [], [#{name => '$1'}]}]),
     S([{{'$1', '$2', '_', '_'}, [], [{element, 1, '$_'}]}]),
     S([{{alice, '$1', '_', '_'}, [], ['$1']}, {{bob, '_', '$1', '_'}, [], ['$1']}]),
     S([{{'$1', '_', paris, '_'}, [], [first]}, {{'$1', '_', '_', '_'}, [{'==', '$1', dave}], [second]}]),
     S([{{'$1', '$2', '_', '_'}, [], [{'div', '$2', 0}]}]),
     S([{{'$1', '$2', '_', '_'}, [{'div', '$2', 0}], ['$1']}]),
     ets:select(T, []),
     ets:select_count(T, [{{'_', '$1', '_', '_'}, [{'>', '$1', 24}], [true]}]),
     ets:select_count(T, [{{'_', '$1', '_', '_'}, [], ['$1']}]),
     ets:select(O, [{{'$1', '$2', 0}, [], [{{'$1', '$2'}}]}]),
     ets:select_reverse(O, [{{'$1', '_', 1}, [], ['$1']}]),
     ets:select_reverse(T, [{{'$1', '_', london, '_'}, [], ['$1']}]) -- S([{{'$1', '_', london, '_'}, [], ['$1']}]),
     ets:select(O, ets:fun2ms(fun({N, Sq, _}) when Sq > 50, N < 10 -> {N, Sq} end)),
     ets:select(O, [{{'$1', '_', '_'}, [{'<', '$1', 4}], ['$_']}]),
     ets:match_object(O, {'_', '_', 2}),
     bad_specs(T),
     deletes(),
     replaces(),
     compiled()].

bad_specs(T) ->
    Bad = [foo, [foo], [{'_', [], foo}], [{'_', [], ['$1']}], [{'_', [{bogus, 1}], [true]}],
           [{'_', [], [{'$1'}]}], [{'_', [], []}]],
    [try ets:select(T, Spec) of _ -> ok catch error:badarg -> badarg end || Spec <- Bad].

deletes() ->
    T = ets:new(d, [bag]),
    true = ets:insert(T, [{K, V} || K <- [a, b, c], V <- [1, 2, 3]]),
    N1 = ets:select_delete(T, [{{'_', '$1'}, [{'>', '$1', 2}], [true]}]),
    N2 = ets:select_delete(T, [{{b, '_'}, [], [true]}]),
    true = ets:match_delete(T, {c, 1}),
    N3 = ets:select_delete(T, [{{'_', '_'}, [], [false]}]),
    Left = lists:sort(ets:tab2list(T)),
    N4 = ets:select_delete(T, [{'_', [], [true]}]),
    {N1, N2, N3, Left, N4, ets:info(T, size)}.

replaces() ->
    T = ets:new(r, [ordered_set]),
    true = ets:insert(T, [{K, K * 10} || K <- lists:seq(1, 5)]),
    N = ets:select_replace(T, [{{'$1', '$2'}, [{'>', '$1', 2}], [{{'$1', {'+', '$2', 1}}}]}]),
    Bad = try ets:select_replace(T, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}]) catch error:badarg -> badarg end,
    {N, Bad, ets:tab2list(T)}.

compiled() ->
    MS = [{{'$1', '$2'}, [{is_integer, '$2'}], [{{'$2', '$1'}}]}, {{'$1', '_'}, [], ['$1']}],
    C = ets:match_spec_compile(MS),
    {ets:match_spec_run([{a, 1}, {b, x}, {c, 3, 3}, {d, 4}], C),
     ets:is_compiled_ms(C), ets:is_compiled_ms(MS),
     ets:test_ms({k, 5}, MS),
     ets:test_ms({k, 5, 6}, MS),
     ets:test_ms({k, 5}, [{{'$1', '_'}, [], ['$2']}]),
     ets:test_ms({k, 5}, [{{'$1', '_'}, [{bogus, '$1'}], [{'$1'}]}]),
     ets:test_ms({k, 5}, [{'_', [], [{message, x}]}]),
     ets:test_ms({k, 5}, not_a_list),
     try ets:match_spec_compile([{'_', [], ['$1']}]) catch error:badarg -> badarg end}.
