%% try Expr of Pattern -> ... : exceptions in the 'of' clauses are not
%% caught by the same try, try_clause when no 'of' clause matches, guards on
%% 'of' and 'catch' clauses, and the stacktrace variable.
-module(try_of_clauses).
-export([main/0]).

main() ->
    [t(fun() -> 1 end), t(fun() -> 2 end), t(fun() -> {pair, 3, 4} end), t(fun() -> other end),
     t(fun() -> throw(5) end), t(fun() -> throw(-5) end), t(fun() -> erlang:error(boom) end),
     try
         t(fun() -> raise_in_of end)
     catch
         error:E -> {escaped_from_of, E}
     end,
     try t(fun() -> no_clause_value end) catch error:{try_clause, V} -> {try_clause, V} end].

t(F) ->
    try F() of
        1 -> one;
        N when is_integer(N), N > 1 -> {int, N};
        {pair, A, B} when A < B -> {ordered_pair, A + B};
        other -> other_atom;
        raise_in_of -> erlang:error(raised_in_of_clause)
    catch
        throw:N when is_integer(N), N > 0 -> {positive_throw, N};
        throw:N -> {other_throw, N};
        error:boom:Stack -> {boom, is_list(Stack)}
    end.
