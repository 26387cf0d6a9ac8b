// The "Notifikasi" button on /ikuti/: registers the service worker and sends us the subscription.
(function () {
  const button = document.getElementById("push-subscribe");
  if (!button) return;
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) {
    button.hidden = true;
    return;
  }
  const key = button.dataset.vapidKey;
  const toBytes = (b64) => {
    const padded = (b64 + "=".repeat((4 - (b64.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  };
  button.addEventListener("click", async () => {
    const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: toBytes(key),
    });
    const body = { ...subscription.toJSON(), scope: button.dataset.scope || "all" };
    const response = await fetch(button.dataset.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    button.textContent = response.ok ? button.dataset.done : button.dataset.failed;
  });
})();
