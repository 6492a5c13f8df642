%% Errors of send and spawn with bad arguments, and sending to a dead process.
-module(proc_send_errors).
-export([main/0]).

main() ->
    Dead = spawn(fun() -> ok end),
    receive after 20 -> ok end,
    R1 = (Dead ! to_the_void),
    R2 = (catch 42 ! x),
    R3 = (catch spawn(not_a_fun)),
    R5 = (catch spawn(?MODULE, main, not_a_list)),
    R6 = (catch erlang:send({no_such_name, node()}, x)),
    {R1, class(R2), class(R3), class(R5), class(R6)}.

class({'EXIT', {Reason, _}}) -> Reason;
class(Other) -> Other.
