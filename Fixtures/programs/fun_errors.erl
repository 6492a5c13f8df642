%% Calling funs wrongly: badarity (the reason carries the fun, so only the
%% arguments are returned), badfun for non-funs, errors inside funs, and a
%% function_clause raised by a fun's clauses.
-module(fun_errors).
-export([main/0]).

main() ->
    F1 = fun(A) -> A end,
    F2 = fun(a) -> is_a; (b) -> is_b end,
    [try (id(F1))(1, 2) catch error:{badarity, {Fun, Args}} -> {badarity, Fun =:= F1, Args} end,
     try (id(F2))() catch error:{badarity, {_, Args2}} -> {badarity, Args2} end,
     try (id(42))(1) catch error:E1 -> E1 end,
     try (id({tuple, 1}))() catch error:E2 -> E2 end,
     try (id(F2))(c) catch error:function_clause -> function_clause end,
     try (id(fun(X) -> X + 1 end))(a) catch error:E3 -> E3 end,
     try erlang:apply(id(F1), [1, 2, 3]) catch error:{badarity, {_, A3}} -> {badarity, A3} end,
     try erlang:apply(id(not_fun), [1]) catch error:E4 -> E4 end,
     try erlang:apply(id("list"), x, []) catch error:E5 -> E5 end].

id(X) -> X.
