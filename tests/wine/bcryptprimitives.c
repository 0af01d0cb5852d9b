/* Wine 8 (Debian 12) has no bcryptprimitives.dll, which the Rust standard
 * library on Windows asks for its random numbers (ProcessPrng). This stand-in
 * is used only when the Windows build is tested under Wine; real Windows has
 * the system's own DLL. It draws from RtlGenRandom (advapi32). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
