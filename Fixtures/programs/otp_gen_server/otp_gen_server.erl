%% A gen_server (otp_gen_server_counter, in the same folder) driven through
%% call, cast and info messages, with state inspected via calls and a clean
%% stop; all replies are deterministic.
-module(otp_gen_server).
-export([main/0]).

main() ->
    {ok, Pid} = otp_gen_server_counter:start_link(10),
    R1 = otp_gen_server_counter:increment(Pid, 5),
    ok = otp_gen_server_counter:reset_async(Pid, 100),
    R2 = otp_gen_server_counter:increment(Pid, 1),
    Pid ! {add_raw, 50},
    R3 = otp_gen_server_counter:value(Pid),
    R4 = otp_gen_server_counter:history(Pid),
    R5 = gen_server:call(Pid, unknown_request),
    Stop = gen_server:stop(Pid),
    Alive = is_process_alive(Pid),
    [R1, R2, R3, R4, R5, Stop, Alive].
