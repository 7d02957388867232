// Type-ahead for search boxes: fills a <datalist> with suggestions from the site's own
// endpoint while the user types. Without JavaScript the search box works as a plain form.
let counter = 0

export function enhanceTypeAhead (input) {
  const url = input.getAttribute('data-suggest-url')
  const list = document.createElement('datalist')
  list.id = 'app-suggestions-' + (++counter)
  input.after(list)
  input.setAttribute('list', list.id)
  input.setAttribute('autocomplete', 'off')
  let timer = null
  let controller = null
  input.addEventListener('input', () => {
    clearTimeout(timer)
    const text = input.value.trim()
    if (text.length < 2) {
      list.replaceChildren()
      return
    }
    timer = setTimeout(async () => {
      if (controller) controller.abort()
      controller = new AbortController()
      try {
        const response = await fetch(url + '?q=' + encodeURIComponent(text), {
          headers: { Accept: 'application/json' },
          signal: controller.signal
        })
        if (!response.ok) return
        const suggestions = await response.json()
        list.replaceChildren(...suggestions.map((suggestion) => {
          const option = document.createElement('option')
          option.value = suggestion.text
          return option
        }))
      } catch (e) {
        // Suggestions are optional; the form still works.
      }
    }, 150)
  })
}
