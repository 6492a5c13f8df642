%% The old-style catch expression: values pass through, throw gives the thrown
%% term, errors give {'EXIT', {Reason, Stack}} and exits {'EXIT', Reason}.
%% Stacks are returned up to the frame of main/0.
-module(exc_catch_old).
-export([main/0]).

%% Old-style catch is deprecated in recent releases but still supported.
-compile(nowarn_deprecated_catch).

main() ->
    [catch id(1) + id(2),
     catch throw(thrown_value),
     catch exit(exit_reason),
     clean(catch id(1) + id(a)),
     clean(catch erlang:error(custom)),
     clean(catch element(id(5), {a})),
     clean(catch bad_head(id(2))),
     catch exit({nested, [1, 2]}),
     (catch throw(a)) =:= a,
     case catch list_to_atom(id(1)) of {'EXIT', {badarg, _}} -> badarg_caught; Other -> Other end].

bad_head(1) -> one.

clean({'EXIT', {Reason, Stack}}) when is_list(Stack) -> {'EXIT', Reason, trim(Stack)};
clean(Other) -> Other.

trim([]) -> [];
trim([{?MODULE, main, 0, _} = F | _]) -> [F];
trim([F | T]) -> [F | trim(T)].

id(X) -> X.
