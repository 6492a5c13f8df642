%% fun_info/1,2 of local, closure and external funs, fun_to_list/1,
%% make_fun/3 and calling what it makes, module_info/0,1 of this module
%% (exports in ERTS's order, functions, md5 also seen as every fun's
%% new_uniq), function_exported/3, is_builtin/3 and round trips of funs through
%% term_to_binary.
-module(bif_funs_modules).
-export([main/0, ext/2, other/0]).

main() ->
    X = id(10),
    Local = fun(A) -> A end,
    Closure = fun(A, B) -> {A, B, X} end,
    Ext = fun ?MODULE:ext/2,
    Made = erlang:make_fun(?MODULE, ext, 2),
    Funs = [Local, Closure, Ext, fun erlang:element/2, Made],
    Keys = [module, name, arity, env, type, index, uniq, new_index, new_uniq],
    Md5 = ?MODULE:module_info(md5),
    [[[erlang:fun_info(F, K) || K <- Keys] || F <- Funs],
     [[K || {K, _} <- erlang:fun_info(F)] || F <- Funs],
     [erlang:fun_to_list(F) || F <- Funs],
     Made(1, 2), Made =:= Ext, erlang:fun_info(Closure, new_uniq) =:= {new_uniq, Md5},
     byte_size(Md5), ?MODULE:module_info(exports), module_info(functions), module_info(nifs),
     module_info(module), module_info(native), [K || {K, _} <- module_info()],
     (binary_to_term(term_to_binary(Closure)))(1, 2), binary_to_term(term_to_binary(Ext)) =:= Ext,
     [erlang:function_exported(M, F, A)
      || {M, F, A} <- [{?MODULE, ext, 2}, {?MODULE, id, 1}, {?MODULE, main, 1}, {erlang, length, 1},
                       {no_such_module, f, 0}, {lists, reverse, 2}]],
     [erlang:is_builtin(M, F, A)
      || {M, F, A} <- [{erlang, length, 1}, {erlang, apply, 3}, {lists, reverse, 2}, {?MODULE, ext, 2}]],
     [erlang:module_loaded(M) || M <- [?MODULE, erlang, no_such_module]],
     erlang:phash2(Ext), erlang:phash2({Ext, fun erlang:length/1})].

ext(A, B) -> A + B.

other() -> ok.

id(X) -> X.
