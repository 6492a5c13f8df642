%% erlang:fun_info/2 for local, closure and external funs (arity, module,
%% name, type, env size), is_function/1,2 and fun_to_list never used.
-module(fun_info).
-export([main/0, ext/2]).

main() ->
    X = id(10), Y = id(<<"captured">>),
    Local = fun(A) -> A end,
    Closure = fun(A, B) -> {A, B, X, Y} end,
    Ext = fun ?MODULE:ext/2,
    Bif = fun erlang:element/2,
    Named = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    Funs = [Local, Closure, Ext, Bif, Named],
    [[{element(2, erlang:fun_info(F, arity)), element(2, erlang:fun_info(F, module)),
       element(2, erlang:fun_info(F, type)), is_function(F), is_function(F, 1), is_function(F, 2)}
      || F <- Funs],
     length(element(2, erlang:fun_info(Closure, env))),
     element(2, erlang:fun_info(Ext, name)), element(2, erlang:fun_info(Bif, name)),
     element(2, erlang:fun_info(Ext, env)),
     Named(5), is_function(id(notafun)), is_function(id(self()), 0)].

ext(A, B) -> A + B.

id(X) -> X.
