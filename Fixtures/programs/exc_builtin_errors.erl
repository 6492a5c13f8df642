%% The error reasons the VM itself raises, caught: badmatch, case_clause,
%% function_clause, if_clause, try_clause, badarg, undef, badarity, badfun,
%% badarith, system_limit.
-module(exc_builtin_errors).
-export([main/0]).

main() ->
    Cases = [fun() -> {a, _} = id({b, 1}) end,
             fun() -> case id(3) of 1 -> one; 2 -> two end end,
             fun() -> head(id(zzz)) end,
             fun() -> X = id(1), if X > 2 -> big; X < 0 -> neg end end,
             fun() -> try id(5) of 1 -> one catch _:_ -> caught end end,
             fun() -> atom_to_list(id(123)) end,
             fun() -> (id(missing_module_xyz)):f() end,
             fun() -> ?MODULE:(id(nope))() end,
             fun() -> list_to_atom(id(lists:reverse(make_list(300, $a)))) end,
             fun() -> binary_to_atom(id(<<"x">>), id(bad_encoding)) end,
             fun() -> integer_to_list(id(10), id(40)) end,
             fun() -> list_to_integer(id("12x")) end,
             fun() -> abs(id(foo)) end],
    [run(F) || F <- Cases].

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

head(1) -> one;
head(2) -> two.

make_list(0, _) -> [];
make_list(N, C) -> [C | make_list(N - 1, C)].

id(X) -> X.
