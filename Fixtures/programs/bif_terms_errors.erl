%% Errors of the conversion, tuple, list and hashing BIFs, caught with their
%% class, reason and the two innermost stack frames (the failing function with
%% its arguments and error_info, then its caller with file and line).
-module(bif_terms_errors).
-export([main/0]).

main() ->
    [c(fun() -> atom_to_list(id("x")) end),
     c(fun() -> list_to_atom(id([a])) end),
     c(fun() -> list_to_atom(id(dup(256, $a))) end),
     c(fun() -> binary_to_atom(id(<<255>>), utf8) end),
     c(fun() -> atom_to_binary(id('\x{400}'), latin1) end),
     c(fun() -> list_to_existing_atom(id("zz_surely_not_an_atom_zz")) end),
     c(fun() -> integer_to_list(id(1), 37) end),
     c(fun() -> list_to_integer(id("1x")) end),
     c(fun() -> binary_to_integer(id(<<"12">>), 1) end),
     c(fun() -> float_to_list(id(1.0), [id(bad)]) end),
     c(fun() -> list_to_float(id("1")) end),
     c(fun() -> binary_to_float(id(<<"1.e5">>)) end),
     c(fun() -> tuple_to_list(id([])) end),
     c(fun() -> list_to_tuple(id([a | b])) end),
     c(fun() -> setelement(id(3), id({a}), x) end),
     c(fun() -> erlang:make_tuple(id(-1), x) end),
     c(fun() -> erlang:make_tuple(id(2), x, [{id(3), y}]) end),
     c(fun() -> erlang:insert_element(id(3), id({a}), x) end),
     c(fun() -> erlang:delete_element(id(0), id({a})) end),
     c(fun() -> erlang:append_element(id(a), x) end),
     c(fun() -> id([1 | 2]) ++ id([3]) end),
     c(fun() -> id([1, 2]) -- id(b) end),
     c(fun() -> lists:reverse(id([1 | 2])) end),
     c(fun() -> lists:reverse(id([1, 2 | 3])) end),
     c(fun() -> lists:reverse(id(a), []) end),
     c(fun() -> lists:keyfind(a, id(0), []) end),
     c(fun() -> lists:keymember(a, 1, id([x | y])) end),
     c(fun() -> lists:member(a, id(b)) end),
     c(fun() -> term_to_binary(x, id([{compressed, 10}])) end),
     c(fun() -> binary_to_term(id(<<131, 97>>)) end),
     c(fun() -> erlang:phash2(x, id(0)) end),
     c(fun() -> erlang:fun_info(id(x)) end),
     c(fun() -> erlang:fun_info(fun() -> ok end, id(bad)) end),
     c(fun() -> erlang:make_fun(m, f, id(256)) end),
     c(fun() -> erlang:convert_time_unit(1, id(bad), second) end),
     c(fun() -> erlang:unique_integer(id([bad])) end),
     c(fun() -> math:sqrt(id(-1)) end),
     c(fun() -> math:log(id(a)) end),
     c(fun() -> math:pow(id(10.0), 400) end),
     c(fun() -> unicode:characters_to_binary(id(a)) end),
     c(fun() -> unicode:characters_to_binary(id("a"), bad) end),
     c(fun() -> unicode:characters_to_list(id([a])) end),
     c(fun() -> unicode:characters_to_binary(id(a), unicode, latin1) end)].

c(F) ->
    try F() of
        V -> {ok, V}
    catch
        Class:Reason:Stack -> {Class, Reason, take(2, Stack)}
    end.

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

dup(0, _) -> [];
dup(N, X) -> [X | dup(N - 1, X)].

id(X) -> X.
